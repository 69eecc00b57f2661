/**
 * Public services online: service definitions as versioned bundles (BPMN process, form, fee, SLA,
 * output template), the public catalog, citizens' applications with registry data prefilled, the
 * officers' task queue with working-day SLAs and escalation, signed outputs and public tracking. The
 * embedded Flowable engine runs the processes in Padu's own transactions. Other modules see
 * {@link id.padu.services.ApplicationSubmitted}, {@link id.padu.services.ApplicationCompleted} and
 * finish steps the engine waits for through {@link id.padu.services.ApplicationProcesses}.
 */
@ApplicationModule(displayName = "Services")
package id.padu.services;

import org.springframework.modulith.ApplicationModule;
