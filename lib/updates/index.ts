/**
 * Keel's updates engine (issue 8): audience templates (Liquid, strict) rendered from the fact
 * sheet, the forms an update goes out in, what changed since the last update to an audience, and
 * the contradiction check. Pure: no browser API, no storage, `now` and words passed in.
 */
export { PLACEHOLDERS, PLACEHOLDER_NAMES, emptyContext, type TemplateContext, type PlaceholderGroup } from './placeholders';
export { checkTemplate, renderTemplate, bullets, tidy, TEMPLATE_MAX_LENGTH, type TemplateProblem, type RenderResult } from './template';
export { toHtml, toPlainText, updateForms } from './formats';
export { templateContext, formatMoment, type ContextInput } from './context';
export { changesSince, composeNext, stripSinceBlock, type UpdateChange, type SinceHeading, type SinceInput } from './since';
export { claimsOf, findContradictions, CLAIM_FIELDS, type ClaimField, type Claim, type Fact, type Statement, type Contradiction } from './contradictions';
