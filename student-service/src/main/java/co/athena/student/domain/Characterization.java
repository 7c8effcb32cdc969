package co.athena.student.domain;

import co.athena.shared.json.StoredJson;
import co.athena.shared.simat.SimatCode;
import co.athena.shared.simat.SimatCodeSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * What SIMAT's Anexo 6A asks of a student beyond identity and is not sensitive: places of birth and of the
 * document's issue, residence, estrato, country of origin (3 digits; SIMAT's list was not found), boarding, and
 * the head-of-household and beneficiary flags.
 */
public record Characterization(@Valid Place birthPlace,
                               @Valid Place documentIssuePlace,
                               @Valid Residence residence,
                               @SimatCode(SimatCodeSet.ESTRATO) @Size(max = 1) String estrato,
                               @Pattern(regexp = "[0-9]{3}", message = "must be a 3-digit country code") String countryOfOrigin,
                               @SimatCode(SimatCodeSet.BOARDING) @Size(max = 1) String boarding,
                               Boolean headOfHousehold,
                               Boolean childOfHeadOfHousehold,
                               Boolean veteranBeneficiary,
                               Boolean nationalHeroesBeneficiary) {

    public static Characterization fromStored(Map<String, Object> stored) {
        return StoredJson.read(stored, Characterization.class);
    }

    public static Map<String, Object> stored(Characterization value) {
        return StoredJson.of(value);
    }
}
