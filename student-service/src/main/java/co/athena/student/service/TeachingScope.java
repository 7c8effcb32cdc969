package co.athena.student.service;

import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.RosterChangedEvent;
import co.athena.shared.events.TeacherAssignmentEvent;
import co.athena.shared.problem.Problems;
import co.athena.student.repository.TeachingScopeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Which students a teacher may read (read:own_students): those in the class groups where the teacher holds an open
 * assignment, kept from academic-service's assignment and roster events, so a read asks no other service. The
 * scope follows the events: a student leaves it when the membership ends, a group when the assignment ends.
 */
@ApplicationScoped
public class TeachingScope {

    static final String ASSIGNMENTS = "student-service.teaching-assignments";
    static final String ROSTERS = "student-service.teaching-rosters";
    /** No user has this id: a caller whose subject is not a user id teaches nobody. */
    static final UUID NOBODY = new UUID(0, 0);

    private final TeachingScopeRepository scope;
    private final ProcessedEvents processed;

    public TeachingScope(TeachingScopeRepository scope, ProcessedEvents processed) {
        this.scope = scope;
        this.processed = processed;
    }

    public Uni<Void> follow(TeacherAssignmentEvent event) {
        return processed.onceOnPool(ASSIGNMENTS, event, connection -> scope.follow(connection, event));
    }

    public Uni<Void> follow(RosterChangedEvent event) {
        return processed.onceOnPool(ROSTERS, event, connection -> scope.follow(connection, event));
    }

    /** A student the teacher does not teach is, to them, a student that does not exist: 404. */
    public Uni<Void> requireTaught(UUID school, UUID teacher, UUID student) {
        return scope.teaches(school, teacher, student).invoke(taught -> {
            if (!taught) {
                throw Problems.notFound("student", student);
            }
        }).replaceWithVoid();
    }
}
