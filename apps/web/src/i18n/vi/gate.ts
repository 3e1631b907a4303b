/** The gate scanner. */
export const gate = {
  title: 'Cổng soát vé',
};
