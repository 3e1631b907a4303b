import { Injectable } from '@nestjs/common';

/** The time, behind a seam so tests can move it (deadlines, expiries, fair days). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
