package uk.headsup.accounts.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.headsup.accounts.AuthorityRole;
import uk.headsup.accounts.RoleHolders;

@Service
@Transactional(readOnly = true)
class JdbcRoleHolders implements RoleHolders {

    private final JdbcClient jdbc;

    JdbcRoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holder> holding(AuthorityRole role) {
        return jdbc.sql("""
                        select a.display_name, a.email from accounts a join account_roles r on r.account_id = a.id
                         where r.role = :role and a.kind = :authority and a.deactivated_at is null
                         order by a.display_name, a.email
                        """)
                .param("role", role.name())
                .param("authority", Account.Kind.AUTHORITY.name())
                .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2)))
                .list();
    }
}
