package id.padu.services.internal;

import id.padu.identity.Role;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ReceiveTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A user task is work for a role in an OPD, never for a person: {@code flowable:candidateGroups} lists
 * {@code ROLE:opd} (e.g. {@code OFFICER:${opd}} for the bundle's responsible OPD, or a literal OPD code);
 * {@code flowable:category} says what kind of step it is ({@link StepKind}); its one outgoing flow leads to
 * an exclusive gateway that routes every decision of that kind (conditions such as
 * {@code ${decision == 'approve'}}, or a default flow), and a {@code revise} goes to a {@code revision}
 * receive task. Due dates come from the bundle's SLA, not from the BPMN.
 */
final class UserTaskRules {

	private UserTaskRules() {
	}

	static void check(Process process, UserTask task, ServiceManifest manifest, Set<String> opds,
			List<BundleProblem> problems) {
		String id = task.getId();
		if (task.getAssignee() != null || task.getOwner() != null || !task.getCandidateUsers().isEmpty()) {
			problems.add(new BundleProblem(BpmnRules.FILE, id, "services.bundle.problem.person"));
		}
		if (task.getDueDate() != null || task.getSkipExpression() != null || !task.getTaskListeners().isEmpty()) {
			problems.add(new BundleProblem(BpmnRules.FILE, id, "services.bundle.problem.taskAttribute"));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (task.getCandidateGroups().isEmpty()) {
			problems.add(new BundleProblem(BpmnRules.FILE, id, "services.bundle.problem.candidateGroups"));
		}
		for (String group : task.getCandidateGroups()) {
			TaskGroup.parse(group.strip(), true).ifPresentOrElse(parsed -> {
				roles.add(parsed.role());
				if (!parsed.opd().equals(TaskGroup.BUNDLE_OPD)) {
					opds.add(parsed.opd());
				}
			}, () -> problems.add(new BundleProblem(BpmnRules.FILE, id, "services.bundle.problem.candidateGroup", group)));
		}
		StepKind kind = task.getCategory() == null ? null : StepKind.ofCategory(task.getCategory()).orElse(null);
		if (kind == null) {
			problems.add(new BundleProblem(BpmnRules.FILE, id, "services.bundle.problem.category",
					String.valueOf(task.getCategory())));
			return;
		}
		if (kind == StepKind.SIGN && manifest != null && manifest.output() != null
				&& !roles.contains(manifest.output().signingRole())) {
			problems.add(new BundleProblem(BpmnRules.FILE, id, "services.bundle.problem.signRole",
					manifest.output().signingRole()));
		}
		checkRouting(process, task, kind, problems);
	}

	private static void checkRouting(Process process, UserTask task, StepKind kind, List<BundleProblem> problems) {
		List<SequenceFlow> out = task.getOutgoingFlows();
		FlowElement next = out.size() == 1 ? process.getFlowElement(out.get(0).getTargetRef()) : null;
		if (!(next instanceof ExclusiveGateway gateway)) {
			problems.add(new BundleProblem(BpmnRules.FILE, task.getId(), "services.bundle.problem.routing"));
			return;
		}
		for (Decision decision : kind.decisions()) {
			String literal = "'" + decision.wireName() + "'";
			List<SequenceFlow> taken = gateway.getOutgoingFlows().stream()
				.filter(f -> f.getConditionExpression() != null && f.getConditionExpression().contains(literal)).toList();
			if (taken.isEmpty() && gateway.getDefaultFlow() == null) {
				problems.add(new BundleProblem(BpmnRules.FILE, task.getId(), "services.bundle.problem.decisionUnrouted",
						decision.wireName()));
			}
			if (decision == Decision.REVISE && taken.stream().noneMatch(f -> process.getFlowElement(f.getTargetRef())
					instanceof ReceiveTask receive && WaitPoints.isRevision(receive.getId()))) {
				problems.add(new BundleProblem(BpmnRules.FILE, task.getId(), "services.bundle.problem.reviseTarget"));
			}
		}
	}
}
