import type { KeyboardEvent as ReactKeyboardEvent, RefObject } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName, saveBlob } from '../lib/download';
import { useAsOfLine } from './DatasetInfo';
import type { ChartPanel, MeasureText } from '../lib/export-svg';
import './figure-export.css';

export interface FigureExportProps {
  /** The figure whose recharts charts are exported (each `.chart` inside it, in order). */
  figureRef: RefObject<HTMLElement | null>;
  title: string;
  /** The lines under the title as the screen shows them: subtitle, note, the currency and rate line. */
  subtitles: readonly string[];
  /** Lines under the chart: legends and notes the chart needs to be read on its own. */
  notes?: readonly string[];
  /** The source line as text, e.g. "Sources: …". */
  sourceLine: string;
  /** "Data as of …", under the source line: set by the menu itself from the dataset. */
  asOfLine?: string;
  /** The chart's data as CSV rows, header first (built only when the CSV is asked for). */
  csvRows: () => readonly (readonly (string | number)[])[];
  /** What the file names carry after the product name: view, language, currency. */
  fileNameParts: readonly string[];
  /**
   * Draws the figure's panels for a figure that is not a recharts chart (the headline cards); by default each
   * `.chart` of the figure is copied.
   */
  panels?: (figure: HTMLElement, measure: MeasureText) => ChartPanel[] | Promise<ChartPanel[]>;
}

// What builds the files (SVG layout, PNG drawing, CSV writing) loads when an export is asked for, not with the page.
const loadBuilder = () => import('./figure-export-build');

type Action = 'png' | 'svg' | 'copy' | 'csv';
type StatusKey = 'working' | 'saved' | 'copied' | 'copyRefused' | 'copyUnsupported' | 'failed';
const ACTIONS: readonly Action[] = ['png', 'svg', 'copy', 'csv'];

/** A compact menu that exports a chart figure as PNG, SVG, a copied image or CSV. */
export function FigureExport(given: FigureExportProps) {
  // Every export says when the data was last checked, under its sources.
  const asOfLine = useAsOfLine();
  const props: FigureExportProps = asOfLine
    ? { ...given, asOfLine, csvRows: () => [...given.csvRows(), [], [asOfLine]] }
    : given;
  const { figureRef, title, csvRows, fileNameParts } = props;
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  // The message is kept as a key, so that it follows a language switch.
  const [status, setStatus] = useState<{ key: StatusKey; file?: string } | undefined>(undefined);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  const fileName = (extension: string) => exportFileName(fileNameParts, extension);

  const run = async (action: Action) => {
    close(true);
    const figure = figureRef.current;
    if (!figure) return;
    setStatus({ key: 'working' });
    try {
      if (action === 'csv') {
        const name = fileName('csv');
        saveBlob((await loadBuilder()).buildCsv(csvRows()), name);
        setStatus({ key: 'saved', file: name });
      } else if (action === 'svg') {
        const name = fileName('svg');
        saveBlob(await (await loadBuilder()).buildSvg(figure, props), name);
        setStatus({ key: 'saved', file: name });
      } else if (action === 'png') {
        const name = fileName('png');
        saveBlob(await (await loadBuilder()).buildPng(figure, props), name);
        setStatus({ key: 'saved', file: name });
      } else {
        if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') {
          setStatus({ key: 'copyUnsupported' });
          return;
        }
        try {
          // A promise in the item keeps the click's permission to write while the PNG is drawn (Safari needs it).
          await navigator.clipboard.write([
            new ClipboardItem({ 'image/png': loadBuilder().then((b) => b.buildPng(figure, props)) }),
          ]);
          setStatus({ key: 'copied' });
        } catch (error) {
          const name = error instanceof Error ? error.name : '';
          setStatus({
            key: name === 'NotAllowedError' || name === 'SecurityError' ? 'copyRefused' : 'failed',
          });
        }
      }
    } catch {
      setStatus({ key: 'failed' });
    }
  };

  const onMenuKey = (event: ReactKeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="figure-export" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="figure-export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('menu.buttonLabel', { title })}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('menu.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('menu.buttonLabel', { title })}
          className="figure-export-menu"
          onKeyDown={onMenuKey}
        >
          {ACTIONS.map((action) => (
            <li key={action} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(action)}>
                {t(`menu.${action}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* A live region, not role="status": that role marks the page's loading states. */}
      <p className="figure-export-status" aria-live="polite" aria-atomic="true">
        {status && t(`status.${status.key}`, { file: status.file ?? '' })}
      </p>
    </div>
  );
}
