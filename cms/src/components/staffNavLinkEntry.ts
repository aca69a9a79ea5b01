/**
 * The admin navigation entry for one of our staff-only admin views, as Payload's `afterNavLinks`
 * takes it: one component (`StaffNavLink`) given each view's path and label as client props.
 * Kept apart from the component, which is client code the server config must not import.
 */
export interface StaffNavLinkProps {
  /** The admin view's path under the admin route, e.g. "/moderation". */
  path: string
  label: string
}

export const staffNavLinkEntry = (props: StaffNavLinkProps) => ({
  path: '/components/StaffNavLink#StaffNavLink',
  clientProps: { ...props },
})
