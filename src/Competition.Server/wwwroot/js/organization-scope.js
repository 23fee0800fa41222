// Which organisations an account works for: its own and every one below it (an administrator: all), as the
// server scopes competitions and statistics.
export function subtreeOf(organizations, session) {
  if (session.roles.includes('administrator')) return organizations;
  const below = new Set([session.organizationId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const o of organizations) if (o.parentId && below.has(o.parentId) && !below.has(o.id)) { below.add(o.id); grew = true; }
  }
  return organizations.filter((o) => below.has(o.id));
}
