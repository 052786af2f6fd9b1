-- An answer or a revocation suppresses the invitation's emails not yet sent (InvitationNotifications.settled):
-- found by the invitation id in their payload, through this index rather than a scan of the workshop's ledger rows
-- (an invitation rush accepts thousands of one workshop's invitations).
create index notification_by_invitation on notification ((cast(payload as jsonb) ->> 'invitationId'))
    where type in ('INVITATION', 'INVITATION_REMINDER');
