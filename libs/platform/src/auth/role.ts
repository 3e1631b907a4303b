export enum Role {
  Admin = 'admin',
  Organiser = 'organiser',
  GateStaff = 'gate_staff',
  Producer = 'producer',
}

export const ROLES = Object.values(Role);
