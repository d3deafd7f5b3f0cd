/**
 * The version of the clinical content, reported in every assessment. Bump it whenever a rule,
 * plan item or wording changes, so that a stored assessment can be traced to what produced it.
 */
export const KNOWLEDGE_VERSION = '2026.12.1';
