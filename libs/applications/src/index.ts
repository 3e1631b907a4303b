export * from './applications.module';
export * from './applications.service';
export * from './allocation/allocation-applicants.service';
export * from './demo/applications-demo.service';
export { ApplicationFormService } from './forms/application-form.service';
export type { AllocationRequestData } from './dto/application-view.dto';
export { ApplicationDto, ReviewApplicationDto } from './dto/application-view.dto';
export * from './domain';
