# Writes sentences7.json: a seventh batch, written after the rules made for batch 6's classes of miss and before
# they ran on it, to check them on shapes of their own and on look-alike traps: stopping relations, talks, aid and
# licences (and stopping one's own things), protests organised or led (and events that are no protest), acts
# repeated or delivered as nouns, bodies named by common nouns as counterparts, visitors received, firms' own works.
# Beats: ports, universities, hospitals, theatres, broadcasting, fisheries, sport federations, utilities. The
# article is dated Wednesday 11 March 2026 (bench/events_unseen.py).
from expect import A, H, N, P, R, RH, e, write  # noqa: F401 (shorthand of the expectations)
ANY = None      # modality not checked
S = [
 # stopping what is given to or shared with another
 ("The Norwegian research council suspended its cooperation with two Chinese universities in January.",
  [e("council", ["suspend"], "cooperation", ["16"], when="2026-01")]),
 ("Latvia revoked the broadcasting licence of a Russian-owned television channel on Thursday.",
  [e("latvia", ["revoke"], "licence", ["16", "17"], when="2026-03-05")]),
 ("The World Bank froze its loans to the Malian junta after the coup.",
  [e("bank", ["freeze"], "loans", ["16"])]),
 ("Rwanda broke off diplomatic relations with Belgium in March 2025.",
  [e("rwanda", ["break_off", "break"], "relations", ["16"], when="2025-03")]),
 ("Guatemala's opposition called off its dialogue with the government, a party spokesman said.",
  [e("opposition", ["call_off", "call"], "dialogue", ["16"], mod=R)]),
 ("The Vatican has withdrawn the accreditation of a Chinese bishop.",
  [e("vatican", ["withdraw"], "accreditation", ["16", "17"])]),
 ("FIFA suspended the membership of the Pakistan Football Federation for the third time.",
  [e("fifa", ["suspend"], "membership", ["16", "17"])]),
 # traps: one's own things stopped
 ("Heathrow suspended its night flights during the heatwave.",
  [e("heathrow", ["suspend"], "flights", None, mod=ANY)]),
 ("The theatre cancelled its Christmas season because of the strike.",
  [e("theatre", ["cancel"], "season", None, mod=ANY)]),
 ("The hospital trust froze recruitment of nurses until April.",
  [e("trust", ["freeze"], "recruitment", None, mod=ANY)]),
 ("The BBC scrapped its plans for a new channel for teenagers.",
  [e("bbc", ["scrap"], "plans", None, mod=ANY)]),
 # protests organised, led or mounted
 ("Dockers' unions in Genoa organised a strike against arms shipments to Israel.",
  [e("unions", ["organise", "organize"], "strike", ["14"])]),
 ("Kenyan medical students led a march on the health ministry in Nairobi on Tuesday.",
  [e("students", ["lead"], "march", ["14"], when="2026-03-10")]),
 ("Fishermen from Boulogne mounted a blockade of the port of Calais.",
  [e("fishermen", ["mount"], "blockade", ["14"])]),
 ("Climate activists staged a sit-in at the headquarters of TotalEnergies.",
  [e("activists", ["stage"], "sit-in", ["14"])]),
 # traps: organising what is no protest
 ("The football federation organised a friendly match against Brazil.",
  [e("federation", ["organise", "organize"], "match", None, mod=ANY)]),
 ("The museum staged a retrospective of Frida Kahlo's paintings.",
  [e("museum", ["stage"], "retrospective", None, mod=ANY)]),
 ("The ruling party held its annual conference in Bournemouth.",
  [e("party", ["hold"], "conference", None, mod=ANY)]),
 ("Saudi Arabia hosted the Formula One race in Jeddah.",
  [e("arabia", ["host"], "race", None, mod=ANY)]),
 # acts repeated or delivered as nouns
 ("Argentina reiterated its claim to the Falkland Islands at the United Nations.",
  [e("argentina", ["reiterate"], "claim", ["10", "01"])]),
 ("Madrid repeated its call for the return of Gibraltar.",
  [e("madrid", ["repeat"], "call", ["02", "10"])]),
 ("The Chinese embassy delivered a letter of protest to the Czech foreign ministry.",
  [e("embassy", ["deliver", "deliver_to"], "letter", ["11", "14"])]),
 ("The orchestra repeated the concert in Vienna on Sunday.",
  [e("orchestra", ["repeat"], "concert", None, mod=ANY)]),
 ("The author sent a letter of thanks to her readers.",
  [e("author", ["send", "send_to"], "letter", None, mod=ANY)]),
 # bodies named by common nouns, visitors received
 ("The health minister met the nurses' union on Monday to discuss pay.",
  [e("minister", ["meet"], "union", ["04"], when="2026-03-09")]),
 ("King Abdullah received a delegation of American senators in Amman.",
  [e("abdullah", ["receive"], "delegation", ["04"])]),
 ("The regional governor will host the fishermen's association next week.",
  [e("governor", ["host"], "association", ["04"], mod=H)]),
 ("The university set up a committee to review admissions.",
  [e("university", ["set_up", "set"], "committee", None, mod=ANY)]),
 ("The Premier League received 300 complaints about the new rules.",
  [e("league", ["receive"], "complaints", None, mod=ANY)]),
 # firms' own works, civilians' boycotts
 ("The utility demolished the old cooling towers of the power station.",
  [e("utility", ["demolish"], "towers", None, mod=ANY)]),
 ("The construction company destroyed the homes of 40 Roma families.",
  [e("company", ["destroy"], "homes", ["17", "18", "19"])]),
 ("Parents in Bavaria boycotted the new school tests.",
  [e("parents", ["boycott"], "tests", ["14"])]),
 ("Russia boycotted the Council of Europe session in Strasbourg.",
  [e("russia", ["boycott"], "session", ["12", "16"])]),
]

if __name__ == "__main__":
    write(S, "sentences7.json")
