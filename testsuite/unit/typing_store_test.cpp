// Unit tests of the TypeStore (issue 3): its snapshots, backtracking and
// commits, as OCaml's Btype.snapshot/backtrack work.

#include <gtest/gtest.h>

#include "typing/types.h"

namespace mlhint::typing {
namespace {

// which is not part of a node's state).
void ExpectSameNode(const TypeNode& got, const TypeNode& want) {
  EXPECT_EQ(got.tag, want.tag);
  EXPECT_EQ(got.flags, want.flags);
  EXPECT_EQ(got.ground, want.ground);
  EXPECT_EQ(got.level, want.level);
  EXPECT_EQ(got.a, want.a);
  EXPECT_EQ(got.b, want.b);
  EXPECT_EQ(got.c, want.c);
}

// ============================================================== TypeStore

constexpr DeclId kSomeDecl = 3;  // the TypeStore never looks a DeclId up

TEST(TypingStoreTest, BacktrackRestoresLinksAndLevelsExactly) {
  TypeStore ts;
  TypeId a = ts.NewVar(3);
  TypeId b = ts.NewVar(5, ts.Intern("elt"));
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeId arrow = ts.NewArrow(4, a, b);
  const TypeNode a0 = ts.node(a), b0 = ts.node(b), c0 = ts.node(c), arrow0 = ts.node(arrow);

  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(a, c);
  ts.SetLevel(b, 1);
  ts.SetLevel(arrow, kGenericLevel);
  ts.SetVarName(b, ts.Intern("other"));
  TypeId fresh = ts.NewVar(7);
  ts.Link(b, fresh);
  EXPECT_EQ(ts.Repr(a), c);
  EXPECT_EQ(ts.Repr(b), fresh);
  EXPECT_EQ(ts.tag(b), TypeTag::Link);
  ts.Backtrack(s);

  ExpectSameNode(ts.node(a), a0);
  ExpectSameNode(ts.node(b), b0);
  ExpectSameNode(ts.node(c), c0);
  ExpectSameNode(ts.node(arrow), arrow0);
  EXPECT_EQ(ts.Repr(a), a);
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.Name(ts.var_name(b)), "elt");
}

TEST(TypingStoreTest, CommitKeepsTheChangesAndALaterBacktrackDoesNotUndoThem) {
  TypeStore ts;
  TypeId a = ts.NewVar(3), b = ts.NewVar(3);
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(a, c);
  ts.SetLevel(b, 1);
  ts.Commit(s);
  EXPECT_EQ(ts.Repr(a), c);
  EXPECT_EQ(ts.level(b), 1);

  TypeStore::Snapshot s2 = ts.TakeSnapshot();
  ts.Link(b, c);
  ts.Backtrack(s2);
  EXPECT_EQ(ts.Repr(a), c);  // committed before s2: stays
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.level(b), 1);
}

TEST(TypingStoreTest, NestedSnapshotsBacktrackInnerThenOuter) {
  TypeStore ts;
  TypeId a = ts.NewVar(3), b = ts.NewVar(3), d = ts.NewVar(6);
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeStore::Snapshot outer = ts.TakeSnapshot();
  ts.Link(a, c);
  // Made between the snapshots: new to the outer one, old to the inner one.
  TypeId m = ts.NewVar(4);
  TypeStore::Snapshot inner = ts.TakeSnapshot();
  ts.Link(b, c);
  ts.SetLevel(d, 2);
  ts.Link(m, c);
  ts.Backtrack(inner);
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.level(d), 6);
  EXPECT_EQ(ts.Repr(m), m)
      << "a node made between the snapshots is restored by the inner backtrack";
  EXPECT_EQ(ts.level(m), 4);
  EXPECT_EQ(ts.Repr(a), c) << "the inner backtrack keeps the outer snapshot's changes";
  ts.Backtrack(outer);
  EXPECT_EQ(ts.Repr(a), a);
  EXPECT_EQ(ts.tag(a), TypeTag::Var);
}

TEST(TypingStoreTest, InnerCommitThenOuterBacktrackUndoesBoth) {
  TypeStore ts;
  TypeId a = ts.NewVar(3), b = ts.NewVar(3);
  TypeId c = ts.NewConstr(2, kSomeDecl, {});
  TypeStore::Snapshot outer = ts.TakeSnapshot();
  ts.Link(a, c);
  TypeStore::Snapshot inner = ts.TakeSnapshot();
  ts.Link(b, c);
  ts.SetLevel(c, 1);
  ts.Commit(inner);
  EXPECT_EQ(ts.Repr(b), c);
  ts.Backtrack(outer);
  EXPECT_EQ(ts.Repr(a), a);
  EXPECT_EQ(ts.Repr(b), b);
  EXPECT_EQ(ts.level(c), 2);
}

// A chain made before a snapshot, extended inside it: following it must not
// compress the old link past the variable the backtrack restores.
TEST(TypingStoreTest, PathCompressionInsideASnapshotSurvivesBacktrack) {
  TypeStore ts;
  TypeId a = ts.NewVar(1), b = ts.NewVar(1), c = ts.NewVar(1);
  ts.Link(a, b);
  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(b, c);
  EXPECT_EQ(ts.Repr(a), c);
  ts.Backtrack(s);
  EXPECT_EQ(ts.Repr(a), b);
  EXPECT_EQ(ts.Repr(c), c);
}

TEST(TypingStoreTest, LinkMovesTheUsersNameAndBacktrackTakesItBack) {
  TypeStore ts;
  TypeId named = ts.NewVar(1, ts.Intern("elt"));
  TypeId anon = ts.NewVar(2);
  TypeStore::Snapshot s = ts.TakeSnapshot();
  ts.Link(named, anon);
  ASSERT_NE(ts.var_name(anon), kNoName);
  EXPECT_EQ(ts.Name(ts.var_name(anon)), "elt");
  ts.Backtrack(s);
  EXPECT_EQ(ts.var_name(anon), kNoName);
  EXPECT_EQ(ts.tag(named), TypeTag::Var);
}

TEST(TypingStoreTest, GroundFlag) {
  TypeStore ts;
  TypeId v = ts.NewVar(1);
  TypeId i = ts.NewConstr(1, kSomeDecl, {});
  EXPECT_TRUE(ts.IsGround(i));
  EXPECT_FALSE(ts.IsGround(v));
  EXPECT_FALSE(ts.IsGround(ts.NewArrow(1, v, i)));
  EXPECT_FALSE(ts.IsGround(ts.NewTuple(1, {i, v})));
  EXPECT_TRUE(ts.IsGround(ts.NewTuple(1, {i, i})));
  ts.Link(v, i);
  EXPECT_TRUE(ts.IsGround(ts.NewArrow(1, v, i))) << "children are seen through links";
}

}  // namespace
}  // namespace mlhint::typing
