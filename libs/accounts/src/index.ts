export * from './accounts.module';
export * from './auth/auth.service';
export * from './bodies/organising-bodies.service';
export * from './bodies/organising-body.entity';
export * from './passwords/password-policy';
export * from './users/password-hasher';
export * from './users/user.entity';
export * from './users/users.service';
