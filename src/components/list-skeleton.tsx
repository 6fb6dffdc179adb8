type ListSkeletonProps = { label: string; rows?: number };

/** Grey bars the size of the list they stand in for, so nothing moves when it arrives. */
export function ListSkeleton({ label, rows = 5 }: ListSkeletonProps) {
  return (
    <div className="skeleton-list" role="status" aria-label={label} aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-story">
          <span className="skeleton-line wide" />
          <span className="skeleton-line" />
        </div>
      ))}
    </div>
  );
}
