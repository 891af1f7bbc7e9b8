package uk.headsup.safeguarding.internal.rounds;

import java.util.List;
import uk.headsup.mailing.Addressee;

/**
 * Who has yet to sign off a return that awaits sign-off, for the reminders before a deadline. The returns package,
 * which sends the sign-off links, implements it: returns are made in rounds, so they know rounds, and rounds know
 * sign-offs only through this.
 */
public interface AwaitedSignatures {

    /** The headteacher or governor of each sign-off link of the return not yet used. */
    List<Addressee> yetToSign(long returnId);
}
