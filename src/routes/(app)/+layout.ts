// Every route here reads its ids from the query string (/overview?e=…), which a page rendered at build time cannot
// know, or shows device data only: each is a static shell rendered in the browser. Only the home screen (outside this
// group) is rendered at build time.
export const ssr = false;
