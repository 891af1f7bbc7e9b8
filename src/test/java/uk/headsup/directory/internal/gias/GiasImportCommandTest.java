package uk.headsup.directory.internal.gias;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.headsup.directory.internal.gias.GiasImportCommand.Arguments;

class GiasImportCommandTest {

    @Test
    void readsTheFileAndLocalAuthorityCodesAfterTheCommand() {
        assertThat(Arguments.parse(new String[] {
                    "--server.port=0", "import-gias", "gias.csv", "--la", "937", "--la=938", "--spring.foo=bar"
                }))
                .isEqualTo(new Arguments(Path.of("gias.csv"), List.of("937", "938")));
        assertThat(Arguments.parse(new String[] {"import-gias", "--la", "all", "gias.csv"}))
                .isEqualTo(new Arguments(Path.of("gias.csv"), List.of("all")));
    }

    @Test
    void refusesWhatItCannotUnderstand() {
        assertThat(Arguments.parse(new String[] {"import-gias"})).as("no file").isNull();
        assertThat(Arguments.parse(new String[] {"import-gias", "a.csv", "b.csv"}))
                .as("two files")
                .isNull();
        assertThat(Arguments.parse(new String[] {"import-gias", "a.csv", "--la"}))
                .as("no code")
                .isNull();
    }

    @Test
    void allKeepsEveryAuthority() {
        LocalAuthorities all = LocalAuthorities.of(List.of("ALL"));
        assertThat(all.includes("201")).isTrue();
        assertThat(all.describe()).isEqualTo("all");
        assertThat(LocalAuthorities.of(List.of("938", " 937 ")).describe()).isEqualTo("937, 938");
        assertThat(LocalAuthorities.of(List.of()).includes("937")).isFalse();
    }
}
