/** Every BullMQ queue of the platform. */
export enum QueueName {
  Mail = 'mail',
  Allocation = 'allocation',
  Campaigns = 'campaigns',
  Imports = 'imports',
}
