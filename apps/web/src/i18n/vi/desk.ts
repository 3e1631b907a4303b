/** The organiser's desk: review, visitors, campaigns, messages, showcases, exports. */
export const desk = {
  title: 'Bàn làm việc',
};
