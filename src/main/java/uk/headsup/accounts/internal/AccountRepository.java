package uk.headsup.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.AuthorityRole;

@Repository
@Transactional
public class AccountRepository {

    private static final String SELECT = """
            select a.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
              from accounts a left join account_roles r on r.account_id = a.id
            """;
    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(a.email) = lower(:email) group by a.id")
                .param("email", email.trim())
                .query(AccountRepository::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(long id) {
        return jdbc.sql(SELECT + " where a.id = :id group by a.id")
                .param("id", id)
                .query(AccountRepository::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Account> authorityStaff() {
        return jdbc.sql(SELECT + " where a.kind = :authority group by a.id order by lower(a.display_name)")
                .param("authority", Account.Kind.AUTHORITY.name())
                .query(AccountRepository::map)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from account_roles where role = :admin)")
                .param("admin", AuthorityRole.ADMIN.name())
                .query(Boolean.class)
                .single();
    }

    public long createAuthority(String email, String name, String passwordHash, boolean mustChangePassword) {
        return jdbc.sql("""
                        insert into accounts (email, display_name, kind, password_hash, must_change_password)
                        values (:email, :name, :authority, :hash, :must) returning id
                        """)
                .param("authority", Account.Kind.AUTHORITY.name())
                .param("email", email.trim())
                .param("name", name.trim())
                .param("hash", passwordHash)
                .param("must", mustChangePassword)
                .query(Long.class)
                .single();
    }

    /** Links a school staff member's first sign-in to an account, or notes the sign-in on the existing one. */
    public void recordSignIn(String email, String name, Account.Kind kind) {
        jdbc.sql("""
                        insert into accounts (email, display_name, kind, last_signed_in_at)
                        values (:email, :name, :kind, now())
                        on conflict (lower(email)) do update
                           set last_signed_in_at = now(), failed_attempts = 0, locked_until = null
                        """)
                .param("email", email.trim())
                .param("name", name)
                .param("kind", kind.name())
                .update();
    }

    public void setRoles(long accountId, Set<AuthorityRole> roles) {
        jdbc.sql("delete from account_roles where account_id = :id")
                .param("id", accountId)
                .update();
        for (AuthorityRole role : roles) {
            jdbc.sql("insert into account_roles (account_id, role) values (:id, :role)")
                    .param("id", accountId)
                    .param("role", role.name())
                    .update();
        }
    }

    public void deactivate(long accountId, String by) {
        jdbc.sql("update accounts set deactivated_at = now(), deactivated_by = :by where id = :id")
                .param("id", accountId)
                .param("by", by)
                .update();
    }

    public void reactivate(long accountId) {
        jdbc.sql("update accounts set deactivated_at = null, deactivated_by = null where id = :id")
                .param("id", accountId)
                .update();
    }

    public void unlock(long accountId) {
        jdbc.sql("update accounts set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", accountId)
                .update();
    }

    public void setPassword(long accountId, String passwordHash) {
        jdbc.sql("""
                        update accounts set password_hash = :hash, must_change_password = false,
                                            failed_attempts = 0, locked_until = null
                         where id = :id
                        """).param("hash", passwordHash).param("id", accountId).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        Set<AuthorityRole> roleSet = roles.isEmpty()
                ? EnumSet.noneOf(AuthorityRole.class)
                : Arrays.stream(roles.split(","))
                        .map(AuthorityRole::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuthorityRole.class)));
        return new Account(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                Account.Kind.valueOf(rs.getString("kind")),
                rs.getString("password_hash"),
                rs.getBoolean("must_change_password"),
                rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_signed_in_at")),
                roleSet,
                instant(rs.getTimestamp("deactivated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
