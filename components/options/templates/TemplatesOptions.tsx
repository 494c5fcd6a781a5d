import { useCallback, useMemo, useState } from 'react';
import type { Audience } from '@/lib/model/audience';
import { AUDIENCES } from '@/lib/model/audience';
import { t } from '@/lib/i18n';
import { useSettings } from '@/lib/ui/settings';
import { defaultTemplate, describeProblem, placeholderHelp, sampleContext, templateSource, withTemplate } from '@/lib/ui/templates';
import { useTypedSave, type SaveOutcome } from '@/lib/ui/typed-save';
import { toHtml } from '@/lib/updates/formats';
import { checkTemplate, renderTemplate } from '@/lib/updates/template';
import { TemplateEditor } from './TemplateEditor';
import './templates.css';

/** Options: each audience's update template, saved as typed, checked and previewed as it is typed. */
export function TemplatesOptions() {
  const { settings, error, update } = useSettings();
  const [audience, setAudience] = useState<Audience>('customer-technical');
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings) return <p className="muted">{t('loading')}</p>;
  const custom = new Set(AUDIENCES.filter((a) => settings.templates?.[a] !== undefined));
  // One editor per audience: what was typed for one never shows under another.
  return <AudienceTemplate key={audience} audience={audience} source={templateSource(settings, audience)} custom={custom} onAudience={setAudience} update={update} />;
}

function AudienceTemplate({
  audience,
  source,
  custom,
  onAudience,
  update,
}: {
  audience: Audience;
  source: string;
  custom: ReadonlySet<Audience>;
  onAudience: (audience: Audience) => void;
  update: ReturnType<typeof useSettings>['update'];
}) {
  const stored = useMemo(() => ({ source }), [source]);
  const save = useCallback(
    async (patch: Partial<{ source: string }>): Promise<SaveOutcome<{ source: string }>> => {
      const next = patch.source ?? '';
      // The shipped template typed back exactly is no template of one's own.
      const own = next === defaultTemplate(audience) ? undefined : next;
      try {
        const saved = await update((s) => withTemplate(s, audience, own));
        return { ok: true, saved: { source: saved.templates?.[audience] ?? defaultTemplate(audience) } };
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
    },
    [audience, update],
  );
  const typed = useTypedSave(stored, save, { version: () => '' });
  const text = typed.values?.source ?? source;
  const problems = checkTemplate(text).map((p) => ({ line: p.line, column: p.column, message: describeProblem(p) }));
  const rendered = problems.length ? null : renderTemplate(text, sampleContext(new Date()));
  return (
    <TemplateEditor
      audience={audience}
      source={text}
      problems={problems}
      previewHtml={rendered?.ok ? toHtml(rendered.text) : null}
      custom={custom}
      placeholders={placeholderHelp()}
      error={typed.error}
      onAudience={(next) => {
        void typed.flush();
        onAudience(next);
      }}
      onSource={(value) => typed.change({ source: value })}
      onReset={() => {
        typed.reset();
        void update((s) => withTemplate(s, audience, undefined));
      }}
    />
  );
}
