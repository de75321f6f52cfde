import L from 'leaflet';
import type { VisitShape } from './map-model';

/** How one visit is drawn; compared as a whole so unchanged markers are not touched. */
export interface MarkerLook {
  shape: VisitShape;
  radius: number;
  fill: string;
  stroke: string;
  weight: number;
  /** Stop number drawn inside the marker, or null. */
  number: number | null;
  dashed: boolean;
}

// The parts of Leaflet's canvas renderer and path this class draws with (not in the typings).
interface CanvasInternals {
  _ctx?: CanvasRenderingContext2D;
  _drawing?: boolean;
  _fillStroke(ctx: CanvasRenderingContext2D, layer: L.Path): void;
}
interface PathInternals {
  _renderer: CanvasInternals;
  _point: L.Point;
  _radius: number;
  _empty(): boolean;
}

/**
 * A visit on Leaflet's canvas: a circle, square or triangle by kind, optionally with its stop
 * number inside. Hit-testing stays the circle's, which is close enough for clicks and drags.
 */
export class VisitMarker extends L.CircleMarker {
  look: MarkerLook | null = null;

  setLook(look: MarkerLook): void {
    const old = this.look;
    this.look = look;
    if (
      old &&
      old.fill === look.fill &&
      old.stroke === look.stroke &&
      old.weight === look.weight &&
      old.dashed === look.dashed &&
      old.radius === look.radius &&
      old.shape === look.shape &&
      old.number === look.number
    )
      return;
    // CircleMarker.setStyle also sets the radius and asks the canvas to repaint this marker's box.
    this.setStyle({
      color: look.stroke,
      fillColor: look.fill,
      weight: look.weight,
      dashArray: look.dashed ? '3 2' : undefined,
      radius: look.radius,
    } as L.CircleMarkerOptions);
  }

  // Leaflet calls this to paint; the map uses the canvas renderer (preferCanvas).
  _updatePath(): void {
    const self = this as unknown as PathInternals;
    const renderer = self._renderer;
    const ctx = renderer._ctx;
    if (!ctx || !renderer._drawing || self._empty()) return;
    const { x, y } = self._point;
    const r = Math.max(Math.round(self._radius), 1);
    ctx.beginPath();
    switch (this.look?.shape ?? 'circle') {
      case 'square':
        ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
        break;
      case 'triangle':
        ctx.moveTo(x, y - r * 1.15);
        ctx.lineTo(x + r, y + r * 0.75);
        ctx.lineTo(x - r, y + r * 0.75);
        ctx.closePath();
        break;
      default:
        ctx.arc(x, y, r, 0, Math.PI * 2, false);
    }
    renderer._fillStroke(ctx, this);
    const number = this.look?.number;
    if (number !== null && number !== undefined) {
      ctx.globalAlpha = 1;
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold ${number > 99 ? 8 : 10}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(String(number), x, y + (this.look?.shape === 'triangle' ? 2 : 0.5));
    }
  }
}
