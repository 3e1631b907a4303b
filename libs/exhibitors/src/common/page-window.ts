/** The rows a page of a list asks for: LIMIT and OFFSET of its page number and size. */
export const pageWindow = (page: { page: number; pageSize: number }) => ({
  limit: page.pageSize,
  offset: (page.page - 1) * page.pageSize,
});
