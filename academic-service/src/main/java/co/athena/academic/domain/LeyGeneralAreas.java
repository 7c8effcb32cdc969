package co.athena.academic.domain;

import java.util.List;

/**
 * The áreas obligatorias y fundamentales of Colombia's Ley General de Educación (Ley 115 de 1994, art. 23: nine
 * for basic education; art. 31 adds economics and political science, and philosophy, for the académica media):
 * the default set a school starts from and adapts.
 */
public final class LeyGeneralAreas {

    public record Area(String code, String name) {
    }

    public static final List<Area> ALL = List.of(
            new Area("CN", "Ciencias naturales y educación ambiental"),
            new Area("CS", "Ciencias sociales, historia, geografía, constitución política y democracia"),
            new Area("ART", "Educación artística y cultural"),
            new Area("ETI", "Educación ética y en valores humanos"),
            new Area("EF", "Educación física, recreación y deportes"),
            new Area("REL", "Educación religiosa"),
            new Area("HUM", "Humanidades, lengua castellana e idiomas extranjeros"),
            new Area("MAT", "Matemáticas"),
            new Area("TEC", "Tecnología e informática"),
            new Area("ECO", "Ciencias económicas y políticas"),
            new Area("FIL", "Filosofía"));

    private LeyGeneralAreas() {
    }
}
