export * from './page-language';
export * from './public-page.css';
export * from './public-page-renderer';
export * from './public-assets.controller';
export * from './html-answer';
