package uk.headsup.directory.internal.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportStatusTest {

    @Test
    void onlyARunningImportFinishes() {
        assertThat(ImportStatus.namesThatMayBecome(ImportStatus.DONE)).containsExactly("RUNNING");
        assertThat(ImportStatus.DONE.mayBecome(ImportStatus.DONE)).isFalse();
        assertThat(ImportStatus.FAILED.mayBecome(ImportStatus.DONE)).isFalse();
        assertThat(ImportStatus.namesThatMayBecome(ImportStatus.FAILED)).isEmpty();
        assertThat(ImportStatus.namesThatMayBecome(ImportStatus.RUNNING)).isEmpty();
    }

    @Test
    void refusedAndFailedImportsWroteNothing() {
        assertThat(ImportStatus.REFUSED.wroteNothing()).isTrue();
        assertThat(ImportStatus.FAILED.wroteNothing()).isTrue();
        assertThat(ImportStatus.DONE.wroteNothing()).isFalse();
        assertThat(ImportStatus.RUNNING.wroteNothing()).isFalse();
    }
}
