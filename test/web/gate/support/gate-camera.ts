import { resolve } from 'node:path';

/** The video the gate project's fake camera plays; stories write a ticket into it. */
export const GATE_CAMERA_FILE = resolve('.data/test/gate-camera.y4m');
