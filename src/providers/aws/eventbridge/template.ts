// EventBridge in a template. A rule on a schedule, or matching AWS services'
// events on the default bus, puts no billed event; a custom event bus
// (`AWS::Events::EventBus`), or a rule on a bus other than the default one,
// means the workload puts custom events, which only usage can count.
import type { TemplateSection } from '../../../schema/template-section.js';

const DEFAULT_BUS = 'default';

export const eventBridgeTemplate: TemplateSection = {
  types: ['AWS::Events::Rule', 'AWS::Events::EventBus'],
  properties: {
    'AWS::Events::Rule': {
      reads: ['EventBusName', 'ScheduleExpression'],
      others: ['Description', 'EventPattern', 'Name', 'RoleArn', 'State', 'Targets'],
    },
    'AWS::Events::EventBus': { reads: [], others: ['DeadLetterConfig', 'Description', 'EventSourceName', 'KmsKeyIdentifier', 'LogConfig', 'Name', 'Policy', 'Tags'] },
  },
  section: (resources) => {
    const customBus = resources.some(
      (resource) =>
        resource.type === 'AWS::Events::EventBus' ||
        (resource.type === 'AWS::Events::Rule' &&
          resource.properties.ScheduleExpression === undefined &&
          resource.properties.EventBusName !== undefined &&
          resource.properties.EventBusName !== DEFAULT_BUS),
    );
    return customBus ? {} : undefined;
  },
  usageKeys: ['custom_events_per_month'],
};
