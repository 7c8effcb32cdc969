package co.athena.documents.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where an enrollment's documents stand against the school's required list. A document counts when
 * its current version is approved; a consent form also counts once a guardian accepted it. What does not
 * count yet is either awaiting staff's validation (uploaded, pending) or missing (nothing usable: none
 * uploaded, or rejected).
 */
public record Checklist(List<Item> items, boolean complete, List<String> required, List<String> satisfied,
                        List<String> missing, List<String> awaitingValidation) {

    /** What keeps the checklist from being complete, in the school's order. */
    public List<String> unsatisfied() {
        return required.stream().filter(type -> !satisfied.contains(type)).toList();
    }

    /** One document type: whether the school requires it, and its current upload or acceptance. */
    public record Item(DocumentType type, boolean required, EnrollmentDocument current, ConsentAcceptance acceptance,
                       boolean satisfied) {
    }

    public static Checklist of(List<String> requiredTypes, List<EnrollmentDocument> current,
                               List<ConsentAcceptance> acceptancesNewestFirst) {
        Set<String> required = Set.copyOf(requiredTypes);
        Map<DocumentType, EnrollmentDocument> byType = current.stream()
                .collect(Collectors.toMap(d -> d.documentType, Function.identity()));
        Map<DocumentType, ConsentAcceptance> accepted = acceptancesNewestFirst.stream()
                .collect(Collectors.toMap(a -> a.documentType, Function.identity(), (newer, older) -> newer));
        List<Item> items = new ArrayList<>();
        List<String> satisfied = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> awaiting = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            EnrollmentDocument document = byType.get(type);
            ConsentAcceptance acceptance = type.isConsent() ? accepted.get(type) : null;
            boolean ok = acceptance != null || (document != null && document.status == DocumentStatus.approved);
            boolean isRequired = required.contains(type.name());
            items.add(new Item(type, isRequired, document, acceptance, ok));
            if (isRequired) {
                boolean pending = document != null && document.status == DocumentStatus.pending;
                (ok ? satisfied : pending ? awaiting : missing).add(type.name());
            }
        }
        List<String> requiredInOrder = Arrays.stream(DocumentType.values()).map(Enum::name).filter(required::contains)
                .toList();
        return new Checklist(items, !requiredInOrder.isEmpty() && missing.isEmpty() && awaiting.isEmpty(),
                requiredInOrder, satisfied, missing, awaiting);
    }
}
