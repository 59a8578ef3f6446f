"""System settings screens: users, roles, organisation trees, sharing, account requests, oversight, company."""
