import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration, type Scale } from 'chart.js';

// Only the parts a bar chart needs: chart.js is tree-shaken and bundled (no network, nothing eval'd, fine under the CSP).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  data: number[];
  color: string;
}

interface Props {
  labels: string[];
  series: BarSeries[];
  /** Bars side by side per label, or stacked into one. */
  stacked?: boolean;
  /** Horizontal bars: long unit names stay readable. */
  horizontal?: boolean;
  /** What the chart shows, for screen readers (the figures are in the table beside it). */
  ariaLabel: string;
  height: number;
  testId?: string;
}

const LOCALE = 'id-ID';

function apply(c: Chart<'bar'>, labels: string[], series: BarSeries[]): void {
  c.data.labels = labels;
  c.data.datasets = series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderWidth: 0, maxBarThickness: 26 }));
  c.update('none');
}

/**
 * A chart.js bar chart on a canvas. Made once on mount and destroyed on unmount; new figures update
 * the same chart without animation, so a live recap that polls does not flicker.
 */
/** Category labels longer than the axis has room for end in "…" (the tooltip names them in full); a clipped name read as another. */
const LABEL_MAKS = 34;
export const potongLabel = (l: string, maks = LABEL_MAKS): string => (l.length > maks ? `${l.slice(0, maks - 1).trimEnd()}…` : l);
function pendek(this: Scale, value: string | number): string {
  return potongLabel(String(this.getLabelForValue(Number(value))));
}

export function BarChart({ labels, series, stacked = false, horizontal = false, ariaLabel, height, testId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  const latest = useRef({ labels, series });
  latest.current = { labels, series };

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: { labels: [], datasets: [] },
      options: {
        locale: LOCALE,
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 250 },
        scales: {
          x: { stacked, beginAtZero: true, ticks: { precision: 0, ...(horizontal ? {} : { callback: pendek }) } },
          y: { stacked, beginAtZero: true, ticks: { precision: 0, autoSkip: false, ...(horizontal ? { callback: pendek } : {}) } },
        },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } }, tooltip: { mode: 'index', intersect: false } },
      },
    };
    chart.current = new Chart(el, config);
    apply(chart.current, latest.current.labels, latest.current.series);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [stacked, horizontal]);

  useEffect(() => {
    if (chart.current) apply(chart.current, labels, series);
  }, [labels, series]);

  return (
    <div className="bar-chart" style={{ height }} data-testid={testId}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
