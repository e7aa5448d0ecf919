/** The hours 06:00 … 21:00 above the board's tracks. */
import { HOURS, NAME_WIDTH, PX_PER_MINUTE } from './board-model';

export function HourHeader({ label }: { label: string }) {
  return (
    <div style={{ display: 'flex', borderBottom: '1px solid #d9d9d9', fontSize: 12, color: '#666' }}>
      <div
        style={{
          width: NAME_WIDTH,
          flex: 'none',
          padding: '4px 8px',
          position: 'sticky',
          left: 0,
          background: '#fff',
          zIndex: 2,
        }}
      >
        {label}
      </div>
      {HOURS.map((h) => (
        <div
          key={h}
          style={{
            width: 60 * PX_PER_MINUTE,
            flex: 'none',
            padding: '4px 0 4px 2px',
            borderLeft: '1px solid #f0f0f0',
          }}
        >
          {`${String(h).padStart(2, '0')}:00`}
        </div>
      ))}
    </div>
  );
}
