package io.jixiao.organizations;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccounts users;

	AccountDetailsService(UserAccounts users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return new Account(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.getRole(), user.getOrganization().getId(), user.getOrganization().getName(), user.isEnabled());
	}
}
