export * from './applications.module';
export * from './applications.service';
export * from './demo/applications-demo.service';
export type { AllocationRequestData } from './dto/application-view.dto';
export { ApplicationDto, ReviewApplicationDto } from './dto/application-view.dto';
export * from './domain';
