"""Councillors of the fictional Fernmoor Borough Council (invented names, wards and parties)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    member_id: int
    name: str  # as ModernGov shows it: "Councillor Ruth Ashworth"
    party: str
    ward: str
    key_post: str = ""

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


_ROWS: list[tuple[int, str, str, str, str]] = [
    (201, "Ruth Ashworth", "LAB", "Fernmoor Central", "Leader of the Council"),
    (202, "Daniel Okonkwo", "LAB", "Millbrook", "Deputy Leader; Cabinet Member for Finance and Resources"),
    (203, "Sunita Varma", "LAB", "Tanners Green", "Cabinet Member for Housing"),
    (204, "Gareth Pryce", "LAB", "Kilnworth", "Cabinet Member for Environment and Climate"),
    (205, "Helen McCrae", "LAB", "Priory", "Cabinet Member for Children and Young People"),
    (206, "Tomasz Nowak", "LAB", "Riverside", "Cabinet Member for Transport and Planning"),
    (207, "Abigail Fenwick", "LAB", "Northgate", "Cabinet Member for Communities and Culture"),
    (208, "Marcus Oyelaran", "LAB", "Eastbrook", "Cabinet Member for Community Safety"),
    (209, "Jennifer Hale", "CON", "Greystone", "Leader of the Opposition"),
    (210, "Philip Dunmore", "CON", "Upper Fenn", "Chair of Scrutiny Co-ordination Committee"),
    (211, "Catherine Lowe", "LD", "Abbeyfield", ""),
    (212, "Imran Siddiqui", "LAB", "Castle Mead", "Chair of Planning Committee"),
    (213, "Bethan Rhys", "LAB", "Longmarsh", ""),
    (214, "Colin Whitaker", "CON", "Westholme", ""),
    (215, "Aisha Bello", "LAB", "Quarry Hill", ""),
    (216, "Graham Tilsley", "IND", "Dunmere", ""),
    (217, "Maureen Clegg", "LAB", "St Anselm's", "Chair of Licensing Committee"),
    (218, "Oliver Brandreth", "GRN", "Oakhollow", ""),
    (219, "Patricia Nwosu", "LAB", "Millbrook", ""),
    (220, "Stephen Harcourt", "CON", "Greystone", ""),
    (221, "Yasmin Chaudhry", "LAB", "Fernmoor Central", "Chair of Communities and Housing Scrutiny Board"),
    (222, "Kevin Doyle", "LAB", "Kilnworth", ""),
    (223, "Lorraine Batty", "LD", "Abbeyfield", "Chair of Audit and Standards Committee"),
    (224, "Rhys Morgan", "CON", "Upper Fenn", ""),
    (225, "Chloe Ransome", "GRN", "Oakhollow", ""),
    (226, "Derek Ambrose", "LAB", "Priory", ""),
    (227, "Nadia Kowalczyk", "LAB", "Riverside", ""),
    (228, "Trevor Hulme", "CON", "Westholme", ""),
    (229, "Samira Haddad", "LAB", "Tanners Green", ""),
    (230, "Brian Lockwood", "IND", "Dunmere", ""),
    (231, "Fiona Garside", "LAB", "Northgate", ""),
    (232, "Adebayo Martins", "LAB", "Eastbrook", ""),
    (233, "Elaine Sturgess", "CON", "Castle Mead", ""),
    (234, "Hugh Pennington", "LD", "Longmarsh", ""),
    (235, "Gemma Thornley", "LAB", "Quarry Hill", ""),
    (236, "Victor Adeyemi", "LAB", "St Anselm's", ""),
]

MEMBERS: dict[int, Member] = {
    mid: Member(mid, f"Councillor {name}", party, ward, post) for mid, name, party, ward, post in _ROWS
}

# Audit committees must have an independent person; they are not councillors and have no ward or party.
MEMBERS[250] = Member(250, "Mr Graham Whitlock", "", "", "Independent Member")


def member(member_id: int) -> Member:
    return MEMBERS[member_id]
