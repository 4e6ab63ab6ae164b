# Writes sentences9.json: a ninth batch, written on 2 December 2026 before the builder ran on it. Classes: contests
# and sport written with force verbs (no event between the sides), police and courts named by their place ("police
# in Lagos"), delegations, aid and envoys sent, weapons and blasts with and without a target, sentences and
# verdicts, and dates in the shapes of night-time wire copy ("overnight", "early on Saturday", "on Monday
# evening", "last Thursday", "earlier this month", "in late February"). The article is dated Wednesday 11 March
# 2026 (bench/events_unseen.py).
from expect import A, H, N, P, R, RH, e, write  # noqa: F401 (shorthand of the expectations)
ANY = None      # modality not checked
S = [
 # contests: force verbs, no force
 ("Australia beat India by six wickets in the first Test in Perth on Sunday.",
  [e("australia", ["beat"], "india", None, mod=ANY, when="?")]),
 ("Manchester City thrashed Leeds United 5-1 at the Etihad.",
  [e("city", ["thrash"], "leeds", None, mod=ANY)]),
 ("Carlos Alcaraz defeated Jannik Sinner in straight sets to win the title in Indian Wells.",
  [e("alcaraz", ["defeat"], "sinner", None, mod=ANY)]),
 ("New Zealand knocked South Africa out of the World Cup with a late try.",
  [e("zealand", ["knock_out", "knock"], "africa", None, mod=ANY)]),
 ("Boeing lost the tanker contract to Airbus after a two-year battle.",
  [e("boeing", ["lose"], "contract", None, mod=ANY)]),
 ("Samsung overtook Apple as the world's largest seller of smartphones in the first quarter.",
  [e("samsung", ["overtake"], "apple", None, mod=ANY)]),
 ("The ruling party crushed the opposition in Sunday's local elections.",
  [e("party", ["crush"], "opposition", None, mod=ANY, when="?")]),
 # police, courts and soldiers named by their place
 ("Police in Lagos arrested a pastor accused of defrauding his congregation.",
  [e("police", ["arrest"], "pastor", ["17"])]),
 ("Officers in Nairobi detained six protesters outside parliament on Tuesday.",
  [e("officers", ["detain"], "protesters", ["17"], when="2026-03-10")]),
 ("A court in Istanbul sentenced the journalist to three years in prison for spreading disinformation.",
  [e("court", ["sentence"], "journalist", ["17"])]),
 ("Soldiers in northern Mali killed at least 20 civilians in a raid on a market, witnesses said.",
  [e("soldiers", ["kill"], "civilians", ["18", "19", "20"], mod=R)]),
 ("Prosecutors in Milan charged four executives of the bank with market manipulation.",
  [e("prosecutors", ["charge"], "executives", ["11", "17"])]),
 # delegations, envoys and aid sent
 ("Egypt sent a delegation to Doha for talks on a ceasefire in Gaza.",
  [e("egypt", ["send"], "delegation", ["03", "04"])]),
 ("Japan sent 200 tonnes of rice to Myanmar after the earthquake.",
  [e("japan", ["send"], "rice", ["07"])]),
 ("The European Union dispatched a team of election observers to Mozambique.",
  [e("union", ["dispatch"], "team", ["03", "04", "05"])]),
 ("China sent two warships to the disputed atoll on Thursday.",
  [e("china", ["send"], "warships", ["15"], when="2026-03-05")]),
 ("The United Nations airlifted medicines to Goma early on Saturday.",
  [e("nations", ["airlift"], "medicines", ["07"], when="2026-03-07")]),
 # weapons and blasts
 ("Russian missiles struck the Ukrainian city of Odesa overnight, killing four people.",
  [e("missiles", ["strike"], "odesa", ["19", "18"], when="?")]),
 ("Israeli aircraft bombed a school in Gaza on Monday evening, Palestinian health officials said.",
  [e("aircraft", ["bomb"], "school", ["19", "18"], mod=R, when="2026-03-09")]),
 ("A car bomb exploded outside a police station in Quetta on Friday, killing three officers.",
  [e("bomb", ["explode", "kill"], "?", ["18", "19", None], mod=ANY, when="2026-03-06")]),
 ("A gas cylinder exploded in a restaurant in Karachi, injuring 12 people.",
  [e("cylinder", ["explode", "injure"], "?", None, mod=ANY)]),
 ("Houthi rebels fired a ballistic missile at a tanker in the Red Sea last Thursday.",
  [e("rebels", ["fire"], "?", ["19", "18"], when="2026-03-05")]),
 ("The army shelled rebel positions near Kidal throughout the night.",
  [e("army", ["shell"], "positions", ["19"])]),
 # verdicts, rulings and votes
 ("The Supreme Court of India acquitted the former minister of all corruption charges.",
  [e("court", ["acquit"], "minister", "?")]),
 ("A jury in Delaware found the chemical company liable for contaminating the river.",
  [e("jury", ["find"], "company", None, mod=ANY)]),
 ("Parliament voted to impeach the president on Thursday, the speaker said.",
  [e("parliament", ["vote", "impeach"], "?", None, mod=ANY, when="2026-03-05")]),
 # negation and reports
 ("Venezuela has not released the three American citizens it detained in January.",
  [e("venezuela", ["release"], "citizens", ["08", "07"], pol=N)]),
 ("Pakistan denied that its jets had bombed targets inside Afghanistan.",
  [e("pakistan", ["deny"], "?", ["01"]), e("jets", ["bomb"], "targets", ["19", "18"], pol="?", mod=["Reported", "Hypothetical", "Asserted"])]),
 ("The militia said it had captured two Syrian army officers near Deir ez-Zor.",
  [e("militia", ["capture"], "officers", ["17", "18", "19"], mod=R)]),
 ("Officials said Turkey could send troops to the border if the fighting spread.",
  [e("turkey", ["send"], "troops", ["15", "19"], mod=["Reported", "Hypothetical"])]),
 ("Iran refused to let inspectors visit the enrichment site at Fordow.",
  [e("iran", ["refuse", "let"], "?", ["12"])]),
 # diplomacy and cooperation in wire shapes
 ("Foreign ministers of India and China met in Beijing earlier this month for the first time since the border clash.",
  [e("ministers", ["meet"], "?", ["04"], mod=ANY, when="2026-03")]),
 ("Saudi Arabia restored diplomatic ties with Canada in late February.",
  [e("arabia", ["restore"], "ties", ["05", "06", "03", "04", "08"], when="2026-02")]),
 ("Greece and Turkey agreed on Monday to resume talks on maritime borders.",
  [e("greece", ["agree"], "?", ["03", "04", "05"], when="2026-03-09")]),
 ("The Philippines summoned the Chinese ambassador last Thursday to protest against the harassment of its fishermen.",
  [e("philippines", ["summon"], "ambassador", ["11", "13", "04", "10", "16"], when="2026-03-05")]),
 ("Germany pledged 3 billion euros in military aid to Ukraine at a conference in Berlin on Tuesday.",
  [e("germany", ["pledge"], "aid", ["03", "07"], when="2026-03-10")]),
 ("The king pardoned 300 prisoners to mark the end of Ramadan.",
  [e("king", ["pardon"], "prisoners", "?")]),
 ("Kenya expelled a Chinese journalist last year over a story about the railway.",
  [e("kenya", ["expel"], "journalist", ["16", "17", "12"], when="2025")]),
 # own operations, not events between actors
 ("Tesla recalled 120,000 cars in China over a seat-belt fault.",
  [e("tesla", ["recall"], "cars", None, mod=ANY)]),
 ("The central bank cut its main rate by half a point on Thursday.",
  [e("bank", ["cut"], "rate", None, mod=ANY, when="2026-03-05")]),
 ("Nasa postponed the launch of its moon rocket because of a hydrogen leak.",
  [e("nasa", ["postpone"], "launch", None, mod=ANY)]),
 ("The hospital discharged the last of the injured passengers on Monday.",
  [e("hospital", ["discharge"], "passengers", None, mod=ANY, when="2026-03-09")]),
 ("Amazon fired the engineer who had leaked the documents.",
  [e("amazon", ["fire"], "engineer", None, mod=ANY)]),
]

if __name__ == "__main__":
    write(S, "sentences9.json")
