/** The organiser's shell, dashboard, fairs, floor plan, allocation and waitlist. */
export const organiser = {
  title: 'Ban tổ chức',
};
