-- Invitation reminders (issue 14): one per invitation still unanswered a while before registration closes.
-- reminder_due_at is set, with the invitation.reminder-due event in the same transaction, exactly once.
alter table invitation add column reminder_due_at timestamptz;

create index invitation_awaiting_reminder on invitation (workshop_id, invited_at)
    where status = 'PENDING' and reminder_due_at is null;
