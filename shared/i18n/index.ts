export * from './define';
export * from './catalogue';
export * from './translate';
export * from './glossary';
