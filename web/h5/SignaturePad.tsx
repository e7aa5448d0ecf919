/** A drawn signature: a <canvas> taking touch and mouse (pointer events), clear, PNG data URL. */
import { Button } from 'antd-mobile';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { useI18n } from './i18n';

export interface SignaturePadRef {
  /** The drawing as `data:image/png;base64,…`, or null when nothing was drawn. */
  toDataUrl: () => string | null;
  clear: () => void;
}

export const SignaturePad = forwardRef<
  SignaturePadRef,
  { height?: number; onChange?: (empty: boolean) => void }
>(function SignaturePad({ height = 180, onChange }, ref) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [empty, setEmpty] = useState(true);

  // The bitmap follows the CSS size (max 2× density keeps the PNG small, the server takes ≤ 200 KB).
  const resize = useCallback(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const width = c.clientWidth;
    c.width = Math.round(width * ratio);
    c.height = Math.round(height * ratio);
    const g = c.getContext('2d');
    if (!g) return;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.strokeStyle = '#1f1f1f';
    setEmpty(true);
    onChange?.(true);
  }, [height, onChange]);

  useEffect(() => {
    resize();
  }, [resize]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = point(e);
    last.current = p;
    const g = e.currentTarget.getContext('2d');
    g?.beginPath();
    g?.arc(p.x, p.y, 1.2, 0, Math.PI * 2);
    g?.fill();
    if (empty) {
      setEmpty(false);
      onChange?.(false);
    }
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current || !last.current) return;
    e.preventDefault();
    const p = point(e);
    const g = e.currentTarget.getContext('2d');
    if (!g) return;
    g.beginPath();
    g.moveTo(last.current.x, last.current.y);
    g.lineTo(p.x, p.y);
    g.stroke();
    last.current = p;
  };
  const up = () => {
    drawing.current = false;
    last.current = null;
  };

  useImperativeHandle(
    ref,
    () => ({
      toDataUrl: () => (empty || !canvas.current ? null : canvas.current.toDataURL('image/png')),
      clear: resize,
    }),
    [empty, resize],
  );

  return (
    <div className="h5-sign">
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        className="h5-sign-canvas"
        style={{ height }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={up}
      />
      <div className="h5-sign-bar">
        <span className="h5-muted">{t('sign.pad')}</span>
        <Button size="mini" onClick={resize}>
          {t('sign.clear')}
        </Button>
      </div>
    </div>
  );
});
