package id.padu.services.internal;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ReceiveTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bundle's {@code process.bpmn20.xml}: it parses against the BPMN schema (safe XML), passes
 * Flowable's own validation, and uses only what Padu runs: start and end events, user tasks for roles
 * in an OPD ({@link UserTaskRules}), receive tasks (wait points), exclusive and parallel gateways and
 * the steps Padu offers ({@link ServicesEngineConfig#STEPS}). No scripts, Java classes, listeners,
 * timers, async steps or expressions beyond comparisons ({@link ExpressionRules}).
 */
final class BpmnRules {

	static final String FILE = ServiceBundle.PROCESS;

	/** The parsed model (null when it did not parse) and the OPD codes its user tasks name literally. */
	record Result(BpmnModel model, Set<String> opdCodes) {
	}

	private BpmnRules() {
	}

	static Result check(byte[] bpmn, ServiceManifest manifest, List<BundleProblem> problems) {
		Set<String> opds = new HashSet<>();
		ExpressionRules.forbidden(new String(bpmn, StandardCharsets.UTF_8))
			.forEach(e -> problems.add(new BundleProblem(FILE, "", "services.bundle.problem.expression", e)));
		BpmnModel model;
		try {
			model = new BpmnXMLConverter().convertToBpmnModel(() -> new ByteArrayInputStream(bpmn), true, true);
		} catch (RuntimeException e) {
			problems.add(new BundleProblem(FILE, "", "services.bundle.problem.bpmnXml", ManifestParser.firstLine(
					e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
			return new Result(null, opds);
		}
		for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
			if (!error.isWarning()) {
				problems.add(new BundleProblem(FILE, error.getActivityId() == null ? "" : error.getActivityId(),
						"services.bundle.problem.bpmnInvalid", error.getDefaultDescription()));
			}
		}
		if (model.getProcesses().size() != 1) {
			problems.add(new BundleProblem(FILE, "", "services.bundle.problem.oneProcess"));
			return new Result(model, opds);
		}
		Process process = model.getMainProcess();
		if (manifest != null && !manifest.code().equals(process.getId())) {
			problems.add(new BundleProblem(FILE, process.getId(), "services.bundle.problem.processId", manifest.code()));
		}
		if (!process.isExecutable()) {
			problems.add(new BundleProblem(FILE, process.getId(), "services.bundle.problem.notExecutable"));
		}
		if (!process.getExecutionListeners().isEmpty() || !process.getEventListeners().isEmpty()) {
			problems.add(new BundleProblem(FILE, process.getId(), "services.bundle.problem.listener"));
		}
		for (FlowElement element : process.getFlowElements()) {
			checkElement(process, element, manifest, opds, problems);
		}
		if (manifest != null) {
			checkAgainstManifest(process, manifest, problems);
		}
		return new Result(model, opds);
	}

	private static void checkElement(Process process, FlowElement element, ServiceManifest manifest, Set<String> opds,
			List<BundleProblem> problems) {
		String id = element.getId();
		if (!element.getExecutionListeners().isEmpty()) {
			problems.add(new BundleProblem(FILE, id, "services.bundle.problem.listener"));
		}
		if (element instanceof org.flowable.bpmn.model.Activity activity) {
			if (!activity.getBoundaryEvents().isEmpty() || activity.hasMultiInstanceLoopCharacteristics()) {
				problems.add(new BundleProblem(FILE, id, "services.bundle.problem.element", element.getClass().getSimpleName()));
			}
			if (activity.isAsynchronous()) {
				problems.add(new BundleProblem(FILE, id, "services.bundle.problem.async"));
			}
		}
		if (element instanceof UserTask task) {
			UserTaskRules.check(process, task, manifest, opds, problems);
		} else if (element instanceof ServiceTask task) {
			checkStep(task, manifest, problems);
		} else if (!isPlain(element)) {
			problems.add(new BundleProblem(FILE, id, "services.bundle.problem.element", element.getClass().getSimpleName()));
		}
	}

	private static boolean isPlain(FlowElement element) {
		return element instanceof StartEvent start && start.getEventDefinitions().isEmpty()
				|| element instanceof EndEvent end && end.getEventDefinitions().isEmpty()
				|| element instanceof SequenceFlow || element instanceof ExclusiveGateway
				|| element instanceof ParallelGateway || element instanceof ReceiveTask;
	}

	private static void checkStep(ServiceTask task, ServiceManifest manifest, List<BundleProblem> problems) {
		String step = "delegateExpression".equals(task.getImplementationType()) && task.getType() == null
				? ExpressionRules.bareName(task.getImplementation()).orElse(null) : null;
		if (step == null || !ServicesEngineConfig.STEPS.containsKey(step)) {
			problems.add(new BundleProblem(FILE, task.getId(), "services.bundle.problem.step",
					String.join(", ", ServicesEngineConfig.STEPS.keySet())));
		} else if (manifest != null) {
			List<String> missing = step.equals("registryMove") ? RegistryMoveFields.missing(manifest)
					: RegistryBirthFields.missing(manifest);
			missing.forEach(field -> problems.add(new BundleProblem(FILE, task.getId(),
					"services.bundle.problem.stepField", step, field)));
		}
	}

	private static void checkAgainstManifest(Process process, ServiceManifest manifest, List<BundleProblem> problems) {
		Set<String> userTasks = new HashSet<>();
		process.findFlowElementsOfType(UserTask.class).forEach(t -> userTasks.add(t.getId()));
		manifest.stepSla().keySet().stream().filter(step -> !userTasks.contains(step)).forEach(step -> problems
			.add(new BundleProblem(ServiceBundle.MANIFEST, "sla.steps." + step, "services.bundle.problem.slaStep", step)));
		boolean waitsForPayment = process.findFlowElementsOfType(ReceiveTask.class).stream()
			.anyMatch(r -> WaitPoints.isPayment(r.getId()));
		if (manifest.fee().charges() != waitsForPayment) {
			problems.add(new BundleProblem(FILE, "", manifest.fee().charges() ? "services.bundle.problem.paymentMissing"
					: "services.bundle.problem.paymentWithoutFee"));
		}
		boolean signs = process.findFlowElementsOfType(UserTask.class).stream()
			.anyMatch(t -> StepKind.SIGN.category().equals(t.getCategory()));
		if ((manifest.output() != null) != signs) {
			problems.add(new BundleProblem(FILE, "", manifest.output() != null ? "services.bundle.problem.signMissing"
					: "services.bundle.problem.signWithoutOutput"));
		}
	}
}
