/** How a body has judged one allocation: counted when approved, or approved on petition. */
export const APPROVALS = ['approved', 'petition_pending', 'petition_approved', 'rejected'] as const;
export type Approval = (typeof APPROVALS)[number];
