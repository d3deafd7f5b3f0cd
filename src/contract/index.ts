// The public surface of the contract layer: Zod schemas for the intake and the assessment.
export { AssessmentSchema } from './assessment.ts';
export { type IntakeInput, IntakeSchema, type ParseResult, parseIntake } from './intake.ts';
export { formatProblem, type Problem, pathText, problemsFrom } from './problems.ts';
