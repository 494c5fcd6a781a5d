import { useId, useRef } from 'react';
import { t } from '@/lib/i18n';
import { AUDIENCES, type Audience } from '@/lib/model/audience';
import { audienceLabel } from '@/lib/ui/labels';
import { AudienceTabs } from '../../workspace/update/AudienceTabs';

export interface TemplateProblemView {
  line: number;
  column: number;
  message: string;
}

export interface TemplateEditorProps {
  audience: Audience;
  source: string;
  /** The problems of `source`, worded, each with its 1-based position. */
  problems: readonly TemplateProblemView[];
  /** The preview as rich text (HTML built by Keel with every value escaped), or null when the template cannot render. */
  previewHtml: string | null;
  custom: ReadonlySet<Audience>;
  placeholders: readonly { name: string; help: string }[];
  error: string | null;
  onAudience: (audience: Audience) => void;
  onSource: (source: string) => void;
  onReset: () => void;
}

/** Offset of a 1-based line and column in a text. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i]!.length + 1;
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/**
 * An audience's update template: its Liquid source with `{{ … }}` placeholders, the problems
 * found as it is typed (each with its line and column; choosing one puts the caret there), a
 * live preview on a sample escalation, and the placeholders there are.
 */
export function TemplateEditor({ audience, source, problems, previewHtml, custom, placeholders, error, onAudience, onSource, onReset }: TemplateEditorProps) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const invalid = problems.length > 0;
  return (
    <section className="ws-section templates" aria-label={t('templatesLabel')}>
      <h2>{t('templatesLabel')}</h2>
      <p className="muted">{t('templatesHelp')}</p>
      <AudienceTabs audiences={AUDIENCES} selected={audience} panelId={`${id}-panel`} idPrefix={`${id}-tab`} withDraft={custom} onSelect={onAudience} />
      <div className="tpl-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${audience}`}>
        <div className="tpl-edit">
          <label htmlFor={`${id}-source`}>{t('templatesSourceLabel', { audience: audienceLabel(audience) })}</label>
          <textarea
            ref={area}
            id={`${id}-source`}
            className="tpl-source"
            spellCheck={false}
            rows={18}
            value={source}
            aria-invalid={invalid}
            aria-describedby={`${id}-problems`}
            onChange={(e) => onSource(e.target.value)}
          />
          {/* Only the count is announced (politely, as typed); the problems and their buttons are not a live region. */}
          <p className="sr-only" role="status">
            {invalid ? t.plural('templatesProblemCount', problems.length) : ''}
          </p>
          <div id={`${id}-problems`} className="tpl-problems">
            {invalid ? (
              <>
                <p className="error">{t.plural('templatesProblemCount', problems.length)}</p>
                <ul>
                  {problems.map((p) => (
                    <li key={`${p.line}:${p.column}:${p.message}`}>
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          const at = offsetOf(source, p.line, p.column);
                          area.current?.focus();
                          area.current?.setSelectionRange(at, at);
                        }}
                      >
                        {p.message}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
          <div className="row">
            <button type="button" onClick={onReset} disabled={!custom.has(audience)}>
              {t('templatesReset')}
            </button>
            <span className="muted">{custom.has(audience) ? t('templatesCustom') : t('templatesShipped')}</span>
          </div>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="tpl-preview">
          <h3 id={`${id}-preview`}>{t('templatesPreview')}</h3>
          {previewHtml === null ? (
            <p className="muted">{t('templatesNoPreview')}</p>
          ) : (
            // Keel's own Markdown rendering of a sample escalation: raw HTML is off, every value escaped.
            <div className="tpl-rendered" aria-labelledby={`${id}-preview`} role="document" dangerouslySetInnerHTML={{ __html: previewHtml }} />
          )}
        </div>
      </div>
      <details className="tpl-placeholders">
        <summary>{t('templatesPlaceholders')}</summary>
        <dl>
          {placeholders.map((p) => (
            <div key={p.name}>
              <dt>
                <code>{`{{ ${p.name} }}`}</code>
              </dt>
              <dd>{p.help}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">{t('templatesFilters')}</p>
      </details>
    </section>
  );
}
