type suit = Hearts | Spades
type rank = Ace | King
let hand = [Hearts; Ace]
