import { Component, Suspense, type ReactNode } from 'react';

type ChunkBoundaryProps = { children: ReactNode; /** Shown while the code loads. */ loading: ReactNode };

/**
 * Around code loaded on demand: `loading` while its chunk arrives; if it cannot be fetched (offline, or removed by
 * a deploy), the reader gets a sentence and a way forward instead of the page's error screen.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return <Suspense fallback={this.props.loading}>{this.props.children}</Suspense>;
    return (
      <div role="alert" className="chunk-error">
        <p>This part of the page couldn’t load. Check your connection, then reload the page.</p>
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
