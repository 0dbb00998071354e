export * from './enums.js';
export * from './form.js';
export * from './slug.js';
export * from './results-sentence.js';
export * from './seed.schema.js';
export * from './practice-text.js';
export * from './entry-validation.js';
