vcl 4.1;
# Varnish 7 in front of several Broadsheet instances (docs/deploy.md). The server decides what may be shared
# (Cache-Control, src/server/cache/cache-policy.ts) and what each answer shows (Surrogate-Key); this file
# honours both, keeps private things private, and accepts purges by key from this machine.

import directors;
import std;

# An instance that stops answering is taken out within about two seconds, and back in when it answers again.
probe instance_up {
    .url = "/api/publication";
    .interval = 1s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend instance_1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = instance_up;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend instance_2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = instance_up;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Purges come from the instances, on this machine (CACHE_PURGE_URLS).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new instances = directors.round_robin();
    instances.add_backend(instance_1);
    instances.add_backend(instance_2);
}

sub vcl_recv {
    set req.backend_hint = instances.backend();

    # PURGE with "Surrogate-Key: key1 key2" bans every object whose Surrogate-Key names any of them. Keys
    # travel as tokens of [A-Za-z0-9_:%-] (src/server/cache/surrogate-key.ts), so they are safe in a pattern.
    # A ban expression is split at spaces before its pattern is compiled, so the pattern has none: the key's
    # edges are [[:blank:]] or the ends of the header. obj.* only: the ban lurker clears matching objects in
    # the background, and a lookup never serves one meanwhile.
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purges are accepted from this machine only"));
        }
        if (req.http.Surrogate-Key !~ "^[A-Za-z0-9_:%-]+( [A-Za-z0-9_:%-]+)*$") {
            return (synth(400, "Name the keys to purge in Surrogate-Key, separated by spaces"));
        }
        if (!std.ban({"obj.http.Surrogate-Key ~ (^|[[:blank:]])("} + regsuball(req.http.Surrogate-Key, " ", "|")
                + {")([[:blank:]]|$)"})) {
            return (synth(500, "Not purged: " + std.ban_error()));
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Feedback carries an idempotency key, so it may be sent again to the other instance (below): its body
        # (at most 16 kB, the server's own limit) is kept for that.
        if (req.method == "POST" && req.url ~ "^/api/articles/[^/?]+/feedback(\?|$)") {
            std.cache_req_body(16KB);
        }
        return (pass);
    }
    # Never from the cache: the editor, its API and sessions, feedback and views (writes, but GETs too).
    if (req.url ~ "^/(api/)?(admin|editor)(/|\?|$)" || req.url ~ "^/api/articles/[^/?]+/(feedback|views)") {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)broadsheet_editor=") {
        return (pass);
    }
    # Pages and the read API do not read cookies: one copy serves every reader.
    unset req.http.Cookie;
    unset req.http.Authorization;

    # stale-while-revalidate while an instance is up; the longer stale-if-error only when none is.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    # A retry goes to another instance than the one that just failed. Round robin hands instances out in turn
    # to every request, so another request taking a turn in between can make it the same one again: ask again.
    if (bereq.retries > 0) {
        set bereq.backend = instances.backend().resolve();
        if ("" + bereq.backend == bereq.http.X-Failed-Instance) {
            set bereq.backend = instances.backend().resolve();
        }
        if ("" + bereq.backend == bereq.http.X-Failed-Instance) {
            set bereq.backend = instances.backend().resolve();
        }
        unset bereq.http.X-Failed-Instance;
    }
}

sub vcl_backend_response {
    # An instance that is shutting down (SIGTERM drain) answers 503: ask the next one, for reads and for
    # feedback (a retry under the same idempotency key is stored once, whichever instance gets it).
    if (beresp.status == 503 && bereq.retries < 1
        && (bereq.method == "GET" || bereq.method == "HEAD"
            || (bereq.method == "POST" && bereq.url ~ "^/api/articles/[^/?]+/feedback(\?|$)"))) {
        set bereq.http.X-Failed-Instance = beresp.backend;
        return (retry);
    }
    # Only what the server marked public is kept; everything else is passed (and remembered as such).
    if (beresp.http.Cache-Control !~ "(^|[ ,])public([ ,]|$)"
        || beresp.http.Cache-Control ~ "private|no-store|no-cache"
        || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Varnish reads s-maxage (over max-age) for the TTL and stale-while-revalidate for grace by itself;
    # stale-if-error becomes the grace, which vcl_recv cuts back to 30 s while an instance is healthy.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), beresp.grace);
    }
    return (deliver);
}

sub vcl_backend_error {
    # The instance refused or timed out before it answered: try the next one once (feedback carries an
    # idempotency key, so even a POST may be sent again).
    if (bereq.retries < 1) {
        set bereq.http.X-Failed-Instance = beresp.backend;
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
